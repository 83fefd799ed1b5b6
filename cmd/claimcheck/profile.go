package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"

	"github.com/spf13/cobra"
)

// The profiling flags are hidden: they are for the people who make
// claimcheck faster ("profile before optimising"), not for its users.
const (
	cpuProfileFlag = "cpuprofile"
	memProfileFlag = "memprofile"
	traceFlag      = "trace"
)

func addProfileFlags(root *cobra.Command) {
	root.PersistentFlags().String(cpuProfileFlag, "", "write a CPU profile to `FILE`")
	root.PersistentFlags().String(memProfileFlag, "", "write a heap profile to `FILE` once the findings are made, when the most is in memory")
	root.PersistentFlags().String(traceFlag, "", "write an execution trace to `FILE` (go tool trace): which goroutines ran, and when the cores sat idle")
	_ = root.PersistentFlags().MarkHidden(cpuProfileFlag)
	_ = root.PersistentFlags().MarkHidden(memProfileFlag)
	_ = root.PersistentFlags().MarkHidden(traceFlag)
}

// startCPUProfile starts the CPU profile the flags ask for and returns the
// function that stops it. Without a heap profile to write, it also stops
// the runtime's sampling of allocations for one (runtime.MemProfileRate):
// a program that imports runtime/pprof samples one allocation in every
// 512 KB, a stack walked and hashed each time, 0.4% of a run's time at
// 10,000 articles (perf), for a profile nothing reads.
func startCPUProfile(cmd *cobra.Command) (stop func(), err error) {
	if mem, _ := cmd.Flags().GetString(memProfileFlag); mem == "" {
		runtime.MemProfileRate = 0
	}
	stopTrace, err := startTrace(cmd)
	if err != nil {
		return nil, err
	}
	name, _ := cmd.Flags().GetString(cpuProfileFlag)
	if name == "" {
		return stopTrace, nil
	}
	f, err := os.Create(name)
	if err != nil {
		stopTrace()
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		stopTrace()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close(); stopTrace() }, nil
}

// startTrace starts the execution trace the flags ask for and returns the
// function that stops it.
func startTrace(cmd *cobra.Command) (stop func(), err error) {
	name, _ := cmd.Flags().GetString(traceFlag)
	if name == "" {
		return func() {}, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := trace.Start(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return func() { trace.Stop(); f.Close() }, nil
}

// writeHeapProfile writes the heap profile the flags ask for.
func writeHeapProfile(cmd *cobra.Command) error {
	name, _ := cmd.Flags().GetString(memProfileFlag)
	if name == "" {
		return nil
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC() // the live heap, not what garbage happens to remain
	return pprof.Lookup("heap").WriteTo(f, 0)
}
