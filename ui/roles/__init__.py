"""QA and supervisor sign-in, the idle lock, and role gating of the screen's actions."""
