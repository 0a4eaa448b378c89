// prettier: a large ES module build that loads its parser plugins with dynamic import().
import * as prettier from 'prettier';
prettier.format('const  a={b:1,c:[1,2,3]};function  f( x ){return x*2}', { parser: 'babel' })
    .then((out) => prettier.format('a{color:red;;margin:0}', { parser: 'css' }).then((css) => console.log(out + css)));
