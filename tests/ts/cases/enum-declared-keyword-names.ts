enum W { default, class, if = 5, new }
console.log(W.default, W.class, W.if, W.new, W[6]);
