package compare

import (
	"fmt"
	"slices"
	"strings"
)

// listed is how many sources a vote names in its evidence; the count says
// how many there are in all.
const listed = 5

// listSome joins the first few items, and says how many more there are:
// a vote of a hundred sources names five of them.
func listSome(items []string, sep string) string {
	if len(items) <= listed {
		return strings.Join(items, sep)
	}
	return fmt.Sprintf("%s%sand %d more", strings.Join(items[:listed], sep), sep, len(items)-listed)
}

// pairWindow bounds how many later items of one posting list an item is
// paired with; maxPosting is the longest posting list used at all (a
// feature or a shingle found in more items is too common to tell them
// apart).
const (
	pairWindow = 32
	maxPosting = 256
)

// sharedPairs counts, for pairs of items (i < j) that share a posting in
// index, how many postings they share, and returns the pairs in order. Each
// item is paired with at most pairWindow later items of a posting list, and
// lists longer than maxPosting are skipped, so the work is bounded by the
// total length of the postings, not by the square of the number of items.
func sharedPairs[K comparable](index map[K][]int) ([][2]int, map[[2]int]int) {
	shared := map[[2]int]int{}
	for _, list := range index {
		if len(list) > maxPosting {
			continue // on a page in every tenth article: says nothing of a pair
		}
		// Within a long posting list, each item is paired only with the
		// next pairWindow items: groups are joined transitively, so a large
		// event still holds together, and the work stays linear.
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list) && y <= x+pairWindow; y++ {
				a, b := list[x], list[y]
				if a == b {
					continue
				}
				if b < a {
					a, b = b, a
				}
				shared[[2]int{a, b}]++
			}
		}
	}
	pairs := make([][2]int, 0, len(shared))
	for p := range shared {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return pairs, shared
}

// neighbours returns, for each of n items, the other items it shares a
// posting with, in order.
func neighbours[K comparable](index map[K][]int, n int) [][]int {
	pairs, _ := sharedPairs(index)
	out := make([][]int, n)
	for _, p := range pairs {
		out[p[0]] = append(out[p[0]], p[1])
		out[p[1]] = append(out[p[1]], p[0])
	}
	for i := range out {
		slices.Sort(out[i])
	}
	return out
}

// reportable decides whether claim x, which agree independent sources
// share (x's own included), is reported against the first of the
// versions that others give: when they outnumber x's, or, one side against
// an equal other, once only, at whichever of the two comes first, so that
// no side is blamed twice.
func reportable(x ref, agree, against int, first ref) bool {
	if against == 0 || against < agree {
		return false
	}
	if against == agree {
		return x.a.File < first.a.File || x.a.File == first.a.File && x.c.Start < first.c.Start
	}
	return true
}
