#!/usr/bin/env node
require('../out/sop.cjs');
