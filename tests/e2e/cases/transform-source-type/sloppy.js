var yield = 1; with (Math) x = max(1, yield);
