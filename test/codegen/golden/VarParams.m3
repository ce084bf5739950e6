(* VAR formals alias the actual; VALUE formals are copies; READONLY cannot be assigned. *)
MODULE VarParams EXPORTS Main;
IMPORT IO, Fmt;
VAR x := 1; y := 2;
PROCEDURE Swap (VAR a, b: INTEGER) =
  VAR t := a;
  BEGIN
    a := b;
    b := t
  END Swap;
PROCEDURE Bump (n: INTEGER): INTEGER =
  BEGIN
    INC(n);
    RETURN n
  END Bump;
PROCEDURE Twice (READONLY n: INTEGER): INTEGER =
  BEGIN
    RETURN 2 * n
  END Twice;
PROCEDURE Local () =
  VAR p := 10; q := 20;
  BEGIN
    Swap(p, q);
    IO.Put(Fmt.Int(p) & " " & Fmt.Int(q) & "\n")
  END Local;
BEGIN
  Swap(x, y);
  IO.Put(Fmt.Int(x) & " " & Fmt.Int(y) & "\n");
  IO.Put(Fmt.Int(Bump(x)) & " " & Fmt.Int(x) & " " & Fmt.Int(Twice(y)) & "\n");
  Local()
END VarParams.
