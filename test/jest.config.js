module.exports = {
  displayName: 'cross-tests',
  preset: '../jest.preset.js',
  rootDir: '.',
  testTimeout: 60_000,
};
