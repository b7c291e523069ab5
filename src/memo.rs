//! A small process-wide cache for values that are costly to make and come
//! back often (readings of a text, parsed sources), bounded so that a long
//! `yomeru batch` or `yomeru watch` keeps its memory.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// A 128-bit hash of `value`, for cache keys where a collision would show
/// a wrong text: at 128 bits it will not happen in the life of a caseload
/// (SipHash 1-3, as Typst keys its own caches).
pub fn hash128<T: Hash + ?Sized>(value: &T) -> u128 {
    let mut state = siphasher::sip128::SipHasher13::new();
    value.hash(&mut state);
    siphasher::sip128::Hasher128::finish128(&state).as_u128()
}

/// Values by key, at most `max` of them: when full, the cache is cleared,
/// which costs one re-make per entry still in use and needs no bookkeeping.
pub struct Bounded<K, V> {
    max: usize,
    map: Mutex<Option<HashMap<K, V>>>,
}

impl<K: Hash + Eq, V: Clone> Bounded<K, V> {
    /// An empty cache holding at most `max` entries (usable in a `static`).
    pub const fn new(max: usize) -> Bounded<K, V> {
        Bounded { max, map: Mutex::new(None) }
    }

    /// The value for `key`, made by `make` if the cache does not hold it.
    /// `make` runs without the lock held, so threads do not wait on each
    /// other's work.
    pub fn get_or_make(&self, key: K, make: impl FnOnce() -> V) -> V {
        let lock = || self.map.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = lock().as_ref().and_then(|m| m.get(&key)) {
            return v.clone();
        }
        let value = make();
        let mut guard = lock();
        let map = guard.get_or_insert_with(HashMap::new);
        if map.len() >= self.max {
            map.clear();
        }
        map.insert(key, value.clone());
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_once_and_stays_bounded() {
        let cache: Bounded<u32, u32> = Bounded::new(3);
        let mut made = 0;
        for _ in 0..2 {
            for k in 0..3 {
                assert_eq!(
                    cache.get_or_make(k, || {
                        made += 1;
                        k * 10
                    }),
                    k * 10
                );
            }
        }
        assert_eq!(made, 3, "the second round comes from the cache");
        // A fourth key clears the full cache first.
        assert_eq!(cache.get_or_make(3, || 30), 30);
        assert_eq!(cache.map.lock().unwrap().as_ref().unwrap().len(), 1);
    }
}
