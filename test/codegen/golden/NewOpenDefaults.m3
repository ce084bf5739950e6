(* NEW(REF ARRAY OF R, n) gives each of the n elements R's field defaults (report 2.6.9), as
   NEW(REF ARRAY [0..2] OF R) and NEW(REF R) do: one and two open dimensions, elements that are
   fixed arrays of R or records holding R, zero lengths, a length computed at run time, and an
   object field of record type. *)
MODULE NewOpenDefaults EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  R = RECORD t: TEXT := "d"; a: INTEGER := 7; c: CHAR := 'c' END;
  Outer = RECORD n: INTEGER; r: R; p: ARRAY [0..1] OF R END;
  Plain = RECORD x, y: INTEGER END;
  O = OBJECT r: R; k := 3 END;
VAR
  one := NEW(REF ARRAY OF R, 3);
  pairs := NEW(REF ARRAY OF ARRAY [0..1] OF R, 2);
  grid := NEW(REF ARRAY OF ARRAY OF R, 2, 3);
  outer := NEW(REF ARRAY OF Outer, 2);
  empty := NEW(REF ARRAY OF R, 0);
  none := NEW(REF ARRAY OF ARRAY OF R, 3, 0);
  plain := NEW(REF ARRAY OF Plain, 2);
  fixed := NEW(REF ARRAY [0..2] OF R);
  o := NEW(O);
  n := 4;

PROCEDURE Show (READONLY r: R) =
  BEGIN
    IO.Put(r.t & Fmt.Int(r.a) & Fmt.Char(r.c) & " ")
  END Show;

PROCEDURE Fresh (k: INTEGER): REF ARRAY OF R =
  BEGIN
    RETURN NEW(REF ARRAY OF R, k)
  END Fresh;

VAR dyn := Fresh(n);
BEGIN
  FOR i := 0 TO LAST(one^) DO Show(one[i]) END;
  IO.Put("\n");
  FOR i := 0 TO LAST(pairs^) DO Show(pairs[i, 0]); Show(pairs[i, 1]) END;
  IO.Put("\n");
  FOR i := 0 TO 1 DO FOR j := 0 TO 2 DO Show(grid[i, j]) END END;
  IO.Put("\n");
  FOR i := 0 TO 1 DO
    IO.Put(Fmt.Int(outer[i].n) & " "); Show(outer[i].r); Show(outer[i].p[0]); Show(outer[i].p[1])
  END;
  IO.Put("\n");
  IO.Put(Fmt.Int(NUMBER(empty^)) & " " & Fmt.Int(NUMBER(none[2])) & " ");
  IO.Put(Fmt.Int(plain[1].x + plain[1].y) & "\n");
  FOR i := 0 TO LAST(dyn^) DO Show(dyn[i]) END;
  IO.Put(Fmt.Int(NUMBER(dyn^)) & "\n");
  Show(fixed[2]); Show(o.r); IO.Put(Fmt.Int(o.k) & "\n")
END NewOpenDefaults.
