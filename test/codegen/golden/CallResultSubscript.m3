(* A call's result can be subscripted: through the implicit ^ when it is a REF array, and
   directly when it is an array value; a SUBARRAY can be subscripted and assigned through. *)
MODULE CallResultSubscript EXPORTS Main;
IMPORT IO, Fmt;
TYPE Four = ARRAY [0 .. 3] OF INTEGER;
VAR keep: REF ARRAY OF INTEGER;
PROCEDURE Mk (n: INTEGER): REF ARRAY OF INTEGER =
  VAR r := NEW(REF ARRAY OF INTEGER, n);
  BEGIN
    FOR i := 0 TO n - 1 DO r[i] := i * i END;
    keep := r;
    RETURN r
  END Mk;
PROCEDURE Mk2 (n, m: INTEGER): REF ARRAY OF ARRAY OF INTEGER =
  VAR r := NEW(REF ARRAY OF ARRAY OF INTEGER, n, m);
  BEGIN
    FOR i := 0 TO n - 1 DO FOR j := 0 TO m - 1 DO r[i, j] := i * 10 + j END END;
    RETURN r
  END Mk2;
PROCEDURE MkF (): REF Four =
  VAR r := NEW(REF Four);
  BEGIN
    r^ := Four{4, 3, 2, 1};
    RETURN r
  END MkF;
PROCEDURE Fixed (): Four =
  BEGIN
    RETURN Four{7, 8, 9, 10}
  END Fixed;
VAR a := NEW(REF ARRAY OF INTEGER, 4); f: ARRAY [0 .. 3] OF INTEGER;
BEGIN
  SUBARRAY(a^, 1, 2)[0] := 5;
  SUBARRAY(f, 2, 2)[1] := 9;
  IO.Put(Fmt.Int(a[1]) & " " & Fmt.Int(f[3]) & " " & Fmt.Int(SUBARRAY(f, 2, 2)[1]) & "\n");
  IO.Put(Fmt.Int(Mk(4)[3]) & " " & Fmt.Int(Mk2(3, 4)[2, 3]) & " " & Fmt.Int(MkF()[2]) & " " & Fmt.Int(Fixed()[1]) & "\n");
  Mk(3)[1] := 42;
  IO.Put(Fmt.Int(keep[1]) & " " & Fmt.Int(NUMBER(Mk2(3, 4)[1])) & "\n");
END CallResultSubscript.
