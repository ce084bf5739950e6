MODULE Withs;

TYPE Pair = RECORD a, b: INTEGER END;

VAR pairs: ARRAY [0 .. 9] OF Pair;

BEGIN
  WITH p = pairs[3], sum = p.a + p.b DO
    p.a := sum;
    WITH q = pairs[4] DO q := p END
  END
END Withs.
