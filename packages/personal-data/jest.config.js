module.exports = {
  displayName: 'personal-data',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
