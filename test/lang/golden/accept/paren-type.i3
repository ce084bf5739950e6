INTERFACE Parens;

TYPE
  A = (INTEGER);
  B = REF (ARRAY OF (CHAR));
  C = SET OF ([0 .. 7]);

END Parens.
