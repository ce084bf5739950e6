(* Records and arrays compare their REAL and LONGREAL components as numbers, the rest by value:
   0.0 = -0.0 holds inside them too, and a NaN component makes a value unequal to itself. *)
MODULE FloatEquality EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  Point = RECORD x, y: REAL END;
  Sample = RECORD tag: CHAR; at: Point; weight: LONGREAL; count: INTEGER END;
  Row = ARRAY [0 .. 2] OF REAL;
  Grid = ARRAY [0 .. 1] OF Row;
  Mixed = RECORD name: TEXT; row: Row END;

PROCEDURE Show (what: TEXT; b: BOOLEAN) =
  BEGIN
    IO.Put(what & ": " & Fmt.Bool(b) & "\n");
  END Show;

PROCEDURE Zero (): REAL =
  BEGIN
    RETURN 0.0
  END Zero;

VAR
  p := Point{0.0, 1.5};
  q := Point{-0.0, 1.5};
  nan := Zero() / Zero();
  n := Point{nan, 1.5};
  s1 := Sample{'a', Point{0.0, 2.0}, 0.0D0, 7};
  s2 := Sample{'a', Point{-0.0, 2.0}, -0.0D0, 7};
  s3 := Sample{'a', Point{0.0, 2.0}, 0.0D0, 8};
  r1 := Row{0.0, 1.0, 2.0};
  r2 := Row{-0.0, 1.0, 2.0};
  g1 := Grid{r1, r2};
  g2 := Grid{r2, r1};
  m1 := Mixed{"m", r1};
  m2 := Mixed{"m", r2};
  o1 := NEW(REF ARRAY OF REAL, 3);
  o2 := NEW(REF ARRAY OF REAL, 3);

BEGIN
  Show("p = q (0.0 and -0.0)", p = q);
  Show("p # q", p # q);
  Show("n = n (a NaN inside)", n = n);
  Show("n # n", n # n);
  Show("s1 = s2 (nested, LONGREAL)", s1 = s2);
  Show("s1 = s3 (an INTEGER differs)", s1 = s3);
  Show("r1 = r2 (arrays of REAL)", r1 = r2);
  Show("g1 = g2 (arrays of arrays)", g1 = g2);
  Show("m1 = m2 (TEXT and an array)", m1 = m2);
  o1^ := r1;
  o2^ := r2;
  Show("o1^ = o2^ (open arrays)", o1^ = o2^);
  o2[2] := 3.0;
  Show("o1^ = o2^ after a change", o1^ = o2^);
END FloatEquality.
