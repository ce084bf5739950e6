(* INTEGER arithmetic: + - * and unary minus on 64-bit integers. *)
MODULE IntArith EXPORTS Main;
IMPORT IO, Fmt;
VAR a := 7; b := -3;
BEGIN
  IO.Put(Fmt.Int(a + b) & " " & Fmt.Int(a - b) & " " & Fmt.Int(a * b) & " " & Fmt.Int(-a) & "\n");
  IO.Put(Fmt.Int(LAST(INTEGER)) & " " & Fmt.Int(FIRST(INTEGER)) & "\n");
  IO.Put(Fmt.Int(1000000 * 1000000) & "\n")
END IntArith.
