"""The spaCy side: French without its slow `TOKEN_MATCH` (`french`), the sentence rules
(`sentences`), and the registered `vnx_*` components with `load_nlp()` (`components`)."""
