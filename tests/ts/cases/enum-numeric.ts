enum Dir { Up, Down, Left, Right }
console.log(Dir.Up, Dir.Right, Dir[0], Dir[3], Object.keys(Dir));
