#!/usr/bin/env node
/*! (c) bale tests */
import {a} from "./dep.js"
const f = (x) => { return x*(a+1) }   // comment dropped
export default f
