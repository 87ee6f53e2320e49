module.exports = {
  displayName: 'runtime',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testTimeout: 30_000,
};
