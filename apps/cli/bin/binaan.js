#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly through tsx, with the workspace's path aliases.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs');
require(path.join(__dirname, '..', 'src', 'main.ts'));
