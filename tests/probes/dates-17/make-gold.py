#!/usr/bin/env python3
"""Write corpus/NAME.txt and gold.jsonl from stories.txt: the markup and layout of
../newswire-dates (its make-gold.py does the work, for this folder).
Run from anywhere: python3 make-gold.py
"""
import os
import runpy

here = os.path.dirname(os.path.abspath(__file__))
make = runpy.run_path(os.path.join(here, "..", "..", "..", "crates", "extract", "tests", "probes", "newswire-dates", "make-gold.py"))
make["main"](here)
