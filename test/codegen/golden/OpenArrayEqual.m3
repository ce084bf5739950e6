(* = and # on open arrays compare lengths and contents, not storage (report 2.6.11): heap
   arrays, formals, fixed against open either way, SUBARRAY, constructors, two dimensions,
   records and TEXT elements (TEXT by reference); a length mismatch is simply unequal. *)
MODULE OpenArrayEqual EXPORTS Main;
IMPORT IO, Fmt;
TYPE R = RECORD c: CHAR; n: INTEGER END;
VAR
  a := NEW(REF ARRAY OF INTEGER, 2);
  b := NEW(REF ARRAY OF INTEGER, 2);
  c := NEW(REF ARRAY OF INTEGER, 3);
  f := ARRAY [0..1] OF INTEGER{0, 0};
  g := ARRAY [0..2] OF INTEGER{0, 0, 0};
  m := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  n := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  o := NEW(REF ARRAY OF ARRAY OF INTEGER, 3, 2);
  rs := NEW(REF ARRAY OF R, 2);
  ts := NEW(REF ARRAY OF TEXT, 1);
  us := NEW(REF ARRAY OF TEXT, 1);
  x := "x";

PROCEDURE B (v: BOOLEAN) =
  BEGIN
    IO.Put(Fmt.Bool(v) & " ")
  END B;

PROCEDURE Eq (READONLY p, q: ARRAY OF INTEGER): BOOLEAN =
  BEGIN
    RETURN p = q
  END Eq;

PROCEDURE Ne (READONLY p, q: ARRAY OF INTEGER): BOOLEAN =
  BEGIN
    RETURN p # q
  END Ne;

BEGIN
  B(a^ = b^); B(a^ = f); B(f = a^); B(Eq(f, f)); B(a^ # b^); IO.Put("\n");
  a[1] := 5;
  B(a^ = b^); B(a^ # b^); B(Eq(a^, b^)); B(Ne(a^, b^)); B(a^ = f); IO.Put("\n");
  (* different lengths: unequal, both at run time and when both are known statically *)
  B(a^ = c^); B(c^ # b^); B(c^ = g); B(Eq(f, g)); B(Ne(g, f)); IO.Put("\n");
  B(SUBARRAY(c^, 0, 2) = b^); B(SUBARRAY(a^, 1, 1) = ARRAY OF INTEGER{5});
  B(ARRAY OF INTEGER{1, 2} = ARRAY OF INTEGER{1, 2}); B(Eq(ARRAY OF INTEGER{1}, f));
  B(ARRAY OF INTEGER{0} = f); B(f # ARRAY OF INTEGER{0, 0}); IO.Put("\n");
  B(m^ = n^); B(m^ = o^); m[1, 2] := 9; B(m^ = n^); B(m[1] = n[0]); B(m[0] = n[0]); IO.Put("\n");
  rs[1].c := 'q'; rs[1].n := 3;
  B(rs^ = ARRAY OF R{R{'\000', 0}, R{'q', 3}}); B(rs^ = ARRAY OF R{R{'\000', 0}, R{'q', 4}});
  IO.Put("\n");
  ts[0] := x; us[0] := x; B(ts^ = us^);
  us[0] := Fmt.Char('x'); B(ts^ = us^); B(ts^ # us^); IO.Put("\n")
END OpenArrayEqual.
