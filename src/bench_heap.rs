//! Bench builds only (feature `bench`): a global allocator that counts the live heap bytes of the
//! wasm module, so `cargo xtask bench` can see whether a long session leaks. It wraps the
//! platform's allocator and only adds two counters.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Relaxed);
            ALLOCATIONS.fetch_add(1, Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Relaxed);
            ALLOCATIONS.fetch_add(1, Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            LIVE.fetch_add(new_size, Relaxed);
            ALLOCATIONS.fetch_add(1, Relaxed);
        }
        p
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Bytes allocated and not yet freed, over the whole module.
pub fn live_bytes() -> usize {
    LIVE.load(Relaxed)
}

/// Allocations (and reallocations) since the module started.
pub fn allocations() -> usize {
    ALLOCATIONS.load(Relaxed)
}

/// The live heap bytes, for the benchmark page (`import('omkering.js')` gives it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchLiveHeapBytes)]
pub fn bench_live_heap_bytes() -> f64 {
    live_bytes() as f64
}

/// Allocations since start, for the benchmark page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = benchAllocations)]
pub fn bench_allocations() -> f64 {
    allocations() as f64
}

#[cfg(test)]
mod tests {
    use super::{allocations, live_bytes};

    #[test]
    fn counts_what_is_live() {
        // Other tests run in parallel threads, so compare with a margin far below 1 MiB.
        let before = live_bytes();
        let count = allocations();
        let big: Vec<u8> = vec![7; 4 << 20];
        assert!(live_bytes() >= before + (3 << 20), "4 MiB allocated but not counted");
        assert!(allocations() > count);
        drop(big);
        assert!(live_bytes() < before + (1 << 20), "4 MiB freed but still counted");
    }
}
