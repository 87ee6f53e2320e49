module.exports = {
  displayName: 'messages',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
