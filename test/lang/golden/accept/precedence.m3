MODULE Precedence;

VAR a, b, c: INTEGER; p, q: BOOLEAN; s: SET OF [0 .. 9]; t: TEXT;

BEGIN
  a := b + c * 2 - -a DIV 3 MOD 4;
  p := NOT p OR q AND a < b;
  q := a + 1 = b - 1;
  p := 3 IN s OR NOT 4 IN s;
  t := "a" & "b" & t;
  a := +a - (-b);
  p := (a # b) AND (a <= b) AND (a >= b) AND (a > b)
END Precedence.
