let  x = [1,2,3].map(n => n ** 2)
console.log(x)
