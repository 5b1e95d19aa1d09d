//! The time the programme's rules read: which day of the two weeks it is, whether a deliverable
//! is late, whether a call is in the past. The system clock in production; tests set it and
//! move it forward to walk through a whole two weeks.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDate, Utc};

#[derive(Clone, Default)]
pub struct Clock {
    /// `None`: the system clock.
    fixed: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock that reads `at` until it is set or moved.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self { fixed: Some(Arc::new(Mutex::new(at))) }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.fixed {
            Some(at) => *at.lock().unwrap_or_else(|p| p.into_inner()),
            None => Utc::now(),
        }
    }

    /// Today's date (UTC).
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Sets a fixed clock (no effect on the system clock).
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(fixed) = &self.fixed {
            *fixed.lock().unwrap_or_else(|p| p.into_inner()) = at;
        }
    }

    /// Moves a fixed clock forward (no effect on the system clock).
    pub fn advance(&self, by: Duration) {
        if let Some(fixed) = &self.fixed {
            let mut at = fixed.lock().unwrap_or_else(|p| p.into_inner());
            *at += by;
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.fixed {
            Some(_) => write!(f, "Clock::fixed({})", self.now()),
            None => f.write_str("Clock::system"),
        }
    }
}
