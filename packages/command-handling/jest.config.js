module.exports = {
  displayName: 'command-handling',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
