console.log('third');
