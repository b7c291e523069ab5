//! How close a suggestion comes to a person's rewrite: chrF, the
//! character n-gram F-score that `examples/plain_eval.rs` and the tests
//! report (../shared/data/README.md: spaces removed before comparing).

use std::collections::HashMap;

fn ngrams(chars: &[char], n: usize) -> HashMap<&[char], usize> {
    let mut map = HashMap::new();
    if chars.len() >= n {
        for w in chars.windows(n) {
            *map.entry(w).or_insert(0) += 1;
        }
    }
    map
}

/// chrF of `hyp` against `reference`, 0–100: character n-grams 1–6, β = 2,
/// whitespace removed; precision and recall averaged over the orders that
/// exist, as sacrebleu's sentence chrF does.
pub fn chrf(hyp: &str, reference: &str) -> f64 {
    let h: Vec<char> = hyp.chars().filter(|c| !c.is_whitespace()).collect();
    let r: Vec<char> = reference.chars().filter(|c| !c.is_whitespace()).collect();
    let (mut p_sum, mut r_sum, mut orders) = (0.0, 0.0, 0);
    for n in 1..=6 {
        let (hn, rn) = (ngrams(&h, n), ngrams(&r, n));
        let (ht, rt): (usize, usize) = (hn.values().sum(), rn.values().sum());
        if ht == 0 || rt == 0 {
            continue;
        }
        let common: usize = hn.iter().map(|(g, c)| (*c).min(*rn.get(g).unwrap_or(&0))).sum();
        p_sum += common as f64 / ht as f64;
        r_sum += common as f64 / rt as f64;
        orders += 1;
    }
    if orders == 0 {
        return 0.0;
    }
    let (p, r) = (p_sum / orders as f64, r_sum / orders as f64);
    let beta2 = 4.0;
    if p + r == 0.0 { 0.0 } else { 100.0 * (1.0 + beta2) * p * r / (beta2 * p + r) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_100_and_disjoint_ones_0() {
        assert_eq!(chrf("あいう えお", "あいうえお"), 100.0);
        assert_eq!(chrf("かきく", "あいう"), 0.0);
        let near = chrf("くすりを のみます", "くすりを のみつづけます");
        assert!(near > 40.0 && near < 100.0, "{near}");
    }
}
