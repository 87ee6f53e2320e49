module.exports = {
  displayName: 'projections',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
