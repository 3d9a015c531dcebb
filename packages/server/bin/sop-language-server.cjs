#!/usr/bin/env node
require('../out/sop-language-server.cjs');
