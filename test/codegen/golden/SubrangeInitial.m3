(* Variables without an initial value hold a member of their type (report 2.4.3): for a subrange
   excluding zero that is FIRST of the type, in globals, locals, record fields, array elements,
   NEW's cells and object fields; types whose range holds zero stay zero. *)
MODULE SubrangeInitial EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Col = {R, G, B};
  Five = [5 .. 9];
  Neg = [-9 .. -5];
  GB = [Col.G .. Col.B];
  Lower = ['a' .. 'z'];
  R = RECORD a: Five; b: INTEGER; c: GB; d: Lower; e: Neg; f := 7; g: [0 .. 9]; h: BITS 8 FOR Five END;
  Nested = RECORD r: R; arr: ARRAY [1 .. 2] OF Five END;
  O = OBJECT x: Five; y: CARDINAL; r: R END;
  P = O OBJECT z: GB END;
VAR
  v: Five;
  n: Neg;
  g: GB;
  l: Lower;
  rec: R;
  nest: Nested;
  a: ARRAY [0 .. 3] OF Five;
  grid: ARRAY [0 .. 1], [0 .. 2] OF GB;
  i: INTEGER;
  c: CARDINAL;
  z: [0 .. 9];
  s: [-3 .. 3];
  bo: BOOLEAN;
  ch: CHAR;
  col: Col;

PROCEDURE ShowR (READONLY r: R) =
  BEGIN
    IO.Put(Fmt.Int(r.a) & " " & Fmt.Int(r.b) & " " & Fmt.Int(ORD(r.c)) & " " & Fmt.Char(r.d)
             & " " & Fmt.Int(r.e) & " " & Fmt.Int(r.f) & " " & Fmt.Int(r.g) & " "
             & Fmt.Int(r.h) & "\n");
  END ShowR;

PROCEDURE Locals () =
  VAR
    lv: Five;
    ln: Neg;
    lg: GB;
    ll: Lower;
    lr: R;
    la: ARRAY [0 .. 2] OF Five;
    li: INTEGER;
  BEGIN
    CASE lv OF 5 .. 9 => IO.Put("local ok\n") END;
    IO.Put(Fmt.Int(lv) & " " & Fmt.Int(ln) & " " & Fmt.Int(ORD(lg)) & " " & Fmt.Char(ll) & " "
             & Fmt.Int(li) & "\n");
    ShowR(lr);
    IO.Put(Fmt.Int(la[0]) & " " & Fmt.Int(la[2]) & "\n");
    VAR inner: Five; BEGIN IO.Put("inner " & Fmt.Int(inner) & "\n") END;
  END Locals;

VAR
  rf: REF Five;
  rr: REF R;
  ra: REF ARRAY OF Five;
  rn: REF ARRAY OF Nested;
  ro: O;
  rp: P;
BEGIN
  CASE v OF 5 .. 9 => IO.Put("ok\n") END;
  IO.Put(Fmt.Int(v) & " " & Fmt.Int(n) & " " & Fmt.Int(ORD(g)) & " " & Fmt.Char(l) & "\n");
  ShowR(rec);
  ShowR(nest.r);
  IO.Put(Fmt.Int(nest.arr[1]) & " " & Fmt.Int(nest.arr[2]) & "\n");
  IO.Put(Fmt.Int(a[0]) & " " & Fmt.Int(a[3]) & " " & Fmt.Int(ORD(grid[1, 2])) & "\n");
  IO.Put(Fmt.Int(i) & " " & Fmt.Int(c) & " " & Fmt.Int(z) & " " & Fmt.Int(s) & " "
           & Fmt.Bool(bo) & " " & Fmt.Int(ORD(ch)) & " " & Fmt.Int(ORD(col)) & "\n");
  Locals();
  rf := NEW(REF Five);
  IO.Put("ref " & Fmt.Int(rf^) & "\n");
  rr := NEW(REF R);
  ShowR(rr^);
  rr := NEW(REF R, b := 3, a := 8);
  ShowR(rr^);
  ra := NEW(REF ARRAY OF Five, 3);
  IO.Put("open " & Fmt.Int(ra[0]) & " " & Fmt.Int(ra[2]) & "\n");
  ra := NEW(REF ARRAY OF Five, 0);
  IO.Put("empty " & Fmt.Int(NUMBER(ra^)) & "\n");
  rn := NEW(REF ARRAY OF Nested, 2);
  ShowR(rn[1].r);
  IO.Put(Fmt.Int(rn[1].arr[2]) & "\n");
  ro := NEW(O);
  IO.Put("obj " & Fmt.Int(ro.x) & " " & Fmt.Int(ro.y) & "\n");
  ShowR(ro.r);
  rp := NEW(P, y := 4);
  IO.Put("sub " & Fmt.Int(rp.x) & " " & Fmt.Int(rp.y) & " " & Fmt.Int(ORD(rp.z)) & "\n");
END SubrangeInitial.
