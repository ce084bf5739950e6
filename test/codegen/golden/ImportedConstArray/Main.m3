(* Constants imported from an interface behave like local ones: indexed with a variable,
   passed to open-array formals, selected from and copied. *)
MODULE Main;
IMPORT IO, Fmt, K;
VAR i := 1; n: ARRAY [0 .. 1] OF INTEGER; p: K.Pair;

PROCEDURE Sum (READONLY a: ARRAY OF INTEGER): INTEGER =
  VAR s := 0;
  BEGIN
    FOR j := FIRST(a) TO LAST(a) DO INC(s, a[j]) END;
    RETURN s
  END Sum;

PROCEDURE Join (READONLY a: ARRAY OF TEXT): TEXT =
  VAR t := "";
  BEGIN
    FOR j := FIRST(a) TO LAST(a) DO t := t & a[j] END;
    RETURN t
  END Join;

BEGIN
  IO.Put(Fmt.Int(K.Nums[i]) & " " & Fmt.Int(Sum(K.Nums)) & " " & K.Names[i] & "\n");
  IO.Put(Join(K.Names) & " " & Fmt.Char(K.Days[i + 1]) & " " & Fmt.Int(NUMBER(K.Days)) & "\n");
  IO.Put(Fmt.Int(K.Pairs[i].b) & " " & Fmt.Int(K.Origin.b) & " " & Fmt.Int(Sum(SUBARRAY(K.Nums, i, 1))) & "\n");
  IO.Put(Fmt.Int(K.Open[i]) & " " & Fmt.Int(Sum(K.Open)) & " " & Fmt.Int(NUMBER(K.Open)) & "\n");
  n := K.Nums;
  p := K.Pairs[i - 1];
  IO.Put(Fmt.Int(n[0] + n[1]) & " " & Fmt.Int(p.a + p.b) & "\n")
END Main.
