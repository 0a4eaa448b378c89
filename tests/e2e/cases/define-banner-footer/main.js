#!/usr/bin/env node
import { mode } from "./mode.js";
if (DEBUG) console.log("debug on");
console.log(mode, typeof process.env.NODE_ENV, process.env.NODE_ENV);
console.log(import.meta.url.startsWith("file:"), typeof import.meta);
