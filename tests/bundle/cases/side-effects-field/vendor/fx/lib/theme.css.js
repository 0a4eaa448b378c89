console.log('style ran');
