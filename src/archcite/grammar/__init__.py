"""The pyparsing grammars: labels and identifiers, references, dates, citations."""
