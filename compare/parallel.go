package compare

import "github.com/claimcheck/claimcheck/internal/par"

// parallel calls fn(w, i) for every i in [0, n) on every core; see par.For.
func parallel(n int, fn func(w, i int)) { par.For(n, fn) }

// workers is how many goroutines parallel uses for n items.
func workers(n int) int { return par.Workers(n) }
