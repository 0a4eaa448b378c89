import { Plain, config, Space, Dir } from './lib';
import * as lib from './lib';

function shadow(Dir: { Up: string }) {
    return Dir.Up; // a parameter, not the enum
}
console.log(Plain.One, Plain.Two, Plain[2], config.mode, lib.config.level);
console.log(Space.value, lib.Space.value, shadow({ Up: 'param' }), Dir.Up, lib.Dir.Up);
