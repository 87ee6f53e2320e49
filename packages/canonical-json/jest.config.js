module.exports = {
  displayName: 'canonical-json',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
