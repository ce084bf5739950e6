(* An open array value is assignable to a fixed array with the same element type when the
   lengths agree (checked at run time): constructors, constants, r^, open formals and SUBARRAY,
   assigned, used as initialisers, passed to fixed-array formals and returned. *)
MODULE OpenToFixed EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  A3 = ARRAY [0 .. 2] OF INTEGER;
  C3 = ARRAY [1 .. 3] OF CHAR;
  T3 = ARRAY [0 .. 2] OF TEXT;
  M23 = ARRAY [0 .. 1] OF ARRAY [0 .. 2] OF INTEGER;

VAR
  f: A3;
  g: A3 := ARRAY OF INTEGER{4, 5, 6};
  r := NEW(REF ARRAY OF INTEGER, 3);
  big := ARRAY [0 .. 5] OF INTEGER{10, 11, 12, 13, 14, 15};
  i := 20;

PROCEDURE Show (READONLY a: A3): TEXT =
  BEGIN
    RETURN Fmt.Int(a[0]) & " " & Fmt.Int(a[1]) & " " & Fmt.Int(a[2])
  END Show;

(* A VALUE fixed-array formal: the callee's copy. *)
PROCEDURE W (a: A3): INTEGER =
  BEGIN
    a[0] := a[0] * 100;
    RETURN a[0] + a[1] + a[2]
  END W;

PROCEDURE Seven (): A3 =
  BEGIN
    RETURN ARRAY OF INTEGER{7, 8, 9}
  END Seven;

PROCEDURE Deref (p: REF ARRAY OF INTEGER): A3 =
  BEGIN
    RETURN p^
  END Deref;

(* Open formals, READONLY and VALUE, copied into fixed locals. *)
PROCEDURE FromFormals (READONLY a: ARRAY OF INTEGER; b: ARRAY OF INTEGER): TEXT =
  VAR x: A3; y := A3{0, 0, 0};
  BEGIN
    x := a;
    y := b;
    RETURN Show(x) & " / " & Show(y)
  END FromFormals;

PROCEDURE Chars (): TEXT =
  VAR c: C3 := ARRAY OF CHAR{'x', 'y', 'z'}; d: C3;
  BEGIN
    d := ARRAY OF CHAR{'a', 'b', 'c'};
    RETURN Fmt.Char(c[1]) & Fmt.Char(c[3]) & " " & Fmt.Char(d[1]) & Fmt.Char(d[2]) & Fmt.Char(d[3])
  END Chars;

PROCEDURE Texts (): TEXT =
  VAR t: T3;
  BEGIN
    t := ARRAY OF TEXT{"one", "two", "three"};
    RETURN t[0] & "," & t[1] & "," & t[2]
  END Texts;

PROCEDURE Matrix (): TEXT =
  VAR m: M23; p := NEW(REF ARRAY OF ARRAY OF INTEGER, 2, 3);
  BEGIN
    FOR j := 0 TO 1 DO FOR k := 0 TO 2 DO p[j, k] := 10 * j + k END END;
    m := p^;
    RETURN Show(m[0]) & " / " & Show(m[1])
  END Matrix;

BEGIN
  f := ARRAY OF INTEGER{4, 5, 6};
  IO.Put("constructor: " & Show(f) & "\n");
  IO.Put("initialiser: " & Show(g) & "\n");
  f := ARRAY OF INTEGER{i, i + 1, i + 2};
  IO.Put("computed: " & Show(f) & "\n");
  IO.Put("VALUE actual: " & Fmt.Int(W(ARRAY OF INTEGER{1, 2, 30})) & "\n");
  IO.Put("READONLY actual: " & Show(ARRAY OF INTEGER{3, 2, 1}) & "\n");
  IO.Put("RETURN: " & Show(Seven()) & "\n");
  r[0] := 41; r[1] := 42; r[2] := 43;
  f := r^;
  r[0] := 0;
  IO.Put("r^: " & Show(f) & ", RETURN r^: " & Show(Deref(r)) & "\n");
  IO.Put("VALUE r^: " & Fmt.Int(W(r^)) & "\n");
  f := SUBARRAY(big, 2, 3);
  IO.Put("SUBARRAY: " & Show(f) & "\n");
  IO.Put("open formals: " & FromFormals(ARRAY OF INTEGER{1, 2, 3}, SUBARRAY(big, 3, 3)) & "\n");
  IO.Put("CHAR: " & Chars() & "\n");
  IO.Put("TEXT: " & Texts() & "\n");
  IO.Put("2-D: " & Matrix() & "\n")
END OpenToFixed.
