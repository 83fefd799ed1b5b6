package main

import (
	"testing"
	"time"
)

func TestStep(t *testing.T) {
	s := time.Second
	tests := []struct {
		name string
		a, b row
		want string
	}{
		{
			name: "one round",
			a:    row{articles: 1000, wall: s, cpu: 2 * s, walls: []time.Duration{s}},
			b:    row{articles: 10000, wall: 9 * s, cpu: 17 * s, walls: []time.Duration{9 * s}},
			want: "1000 → 10000 articles (×10): time ×9.0 (CPU ×8.5)",
		},
		{
			name: "three rounds",
			a:    row{articles: 10000, wall: s, cpu: 2 * s, walls: []time.Duration{s, s, 2 * s}},
			b:    row{articles: 100000, wall: 10 * s, cpu: 21 * s, walls: []time.Duration{11 * s, 10 * s, 10 * s}},
			want: "10000 → 100000 articles (×10): time ×10.0 (CPU ×10.5; by round: ×11.0 ×10.0 ×5.0)",
		},
		{
			name: "no time",
			a:    row{articles: 1},
			b:    row{articles: 2},
			want: "1 → 2 articles (×2): time ×0.0 (CPU ×0.0)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := step(tt.a, tt.b); got != tt.want {
				t.Errorf("step:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}
