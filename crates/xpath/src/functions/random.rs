//! Randomness: `random()`, `uuid()`, `randomize()`. Unseeded randomness comes from the
//! environment; a seeded `randomize()` uses the Park-Miller generator so that the order matches
//! other ODK clients for the same seed.

use sha2::{Digest, Sha256};

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RandomFn {
    Random,
    Uuid,
    Randomize,
}

pub(super) fn call<D: Document, E: Environment>(f: RandomFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    let env = c.ev.env;
    Ok(match f {
        RandomFn::Random => Value::Number(env.random()),
        RandomFn::Uuid if c.args.is_empty() => Value::String(env.uuid()),
        RandomFn::Uuid => {
            let length = c.number(0)?;
            if !(0.0..=10_000.0).contains(&length) {
                return Err(c.invalid(format!("the length must be between 0 and 10000, not {length}")));
            }
            const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            let id: String = (0..length as usize)
                .map(|_| {
                    let i = (env.random() * ALPHABET.len() as f64) as usize;
                    char::from(ALPHABET[i.min(ALPHABET.len() - 1)])
                })
                .collect();
            Value::String(id)
        }
        RandomFn::Randomize => {
            let nodes = c.nodes(0)?;
            let shuffled = if c.args.len() > 1 {
                let seed_value = c.value(1)?;
                let seed = match c.ev.number(&seed_value) {
                    n if n.is_nan() => hash_seed(&c.ev.string(&seed_value)),
                    n => n as i64,
                };
                let mut rng = ParkMiller::new(seed);
                shuffle(nodes, || rng.next_double())
            } else {
                shuffle(nodes, || env.random())
            };
            Value::NodeSet(shuffled)
        }
    })
}

/// A seed from text that is not a number: the first 8 bytes of its SHA-256, big-endian
/// (empty text gives 0), as ODK Collect derives it.
fn hash_seed(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let digest = Sha256::digest(s.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

/// The Lehmer / Park-Miller "minimal standard" generator, in doubles as ODK computes it.
struct ParkMiller {
    state: f64,
}

impl ParkMiller {
    const MODULUS: f64 = 2_147_483_647.0;
    const MULTIPLIER: f64 = 16_807.0;

    fn new(seed: i64) -> Self {
        let mut state = (seed as f64) % Self::MODULUS;
        if state <= 0.0 {
            state += Self::MODULUS - 1.0;
        }
        ParkMiller { state }
    }

    fn next_int(&mut self) -> f64 {
        self.state = (self.state * Self::MULTIPLIER) % Self::MODULUS;
        self.state.trunc()
    }

    fn next_double(&mut self) -> f64 {
        (self.next_int() - 1.0) / (Self::MODULUS - 1.0)
    }
}

/// The "inside-out" Fisher-Yates shuffle, drawing one number in `[0, 1)` per element.
fn shuffle<N: Copy>(input: Vec<N>, mut random: impl FnMut() -> f64) -> Vec<N> {
    let mut out: Vec<N> = Vec::with_capacity(input.len());
    for (i, item) in input.into_iter().enumerate() {
        let j = ((random() * (i + 1) as f64) as usize).min(i);
        if j == i {
            out.push(item);
        } else {
            let moved = out[j];
            out.push(moved);
            out[j] = item;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{check, env, eval_in, strings, tree};

    #[test]
    fn park_miller_gives_the_minimal_standard_sequence() {
        let mut rng = ParkMiller::new(1);
        assert_eq!(
            [rng.next_int(), rng.next_int(), rng.next_int()],
            [16807.0, 282_475_249.0, 1_622_650_073.0]
        );
        let mut negative = ParkMiller::new(-42);
        assert!((0.0..1.0).contains(&negative.next_double()));
    }

    #[test]
    fn shuffles_keep_every_element() {
        let mut rng = ParkMiller::new(42);
        let mut out = shuffle((0..20).collect(), || rng.next_double());
        assert_ne!(out, (0..20).collect::<Vec<_>>());
        out.sort_unstable();
        assert_eq!(out, (0..20).collect::<Vec<_>>());
    }

    #[test]
    fn seeded_randomize_is_reproducible_and_unseeded_uses_the_environment() {
        let t = tree("<data><i>1</i><i>2</i><i>3</i><i>4</i><i>5</i><i>6</i><s>abc</s></data>", &[]);
        let a = strings(&t, "/data", "randomize(i, 7)");
        assert_eq!(a, strings(&t, "/data", "randomize(i, 7)"));
        assert_ne!(a, strings(&t, "/data", "randomize(i, 8)"));
        assert_eq!(strings(&t, "/data", "randomize(i, s)"), strings(&t, "/data", "randomize(i, 'abc')"));
        let mut sorted = strings(&t, "/data", "randomize(i)");
        sorted.sort();
        assert_eq!(sorted, ["1", "2", "3", "4", "5", "6"]);
        check(
            "<data><i>1</i><i>6</i></data>",
            "/data",
            &[("max(randomize(i))", "6"), ("count(randomize(i, 3))", "2")],
        );
    }

    #[test]
    fn random_and_uuid() {
        let t = tree("<data/>", &[]);
        let env = env();
        let r: f64 = eval_in(&t, &env, "/data", "random()").unwrap().parse().unwrap();
        assert!((0.0..1.0).contains(&r));
        let u = eval_in(&t, &env, "/data", "uuid()").unwrap();
        assert_eq!((u.len(), &u[14..15]), (36, "4"));
        let short = eval_in(&t, &env, "/data", "uuid(12)").unwrap();
        assert_eq!(short.len(), 12);
        assert!(short.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
        assert!(eval_in(&t, &env, "/data", "uuid(-1)").is_err());
    }
}
