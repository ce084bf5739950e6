(* Arithmetic on subrange values happens in INTEGER; only assignment back is checked. *)
MODULE SubrangeArith EXPORTS Main;
IMPORT IO, Fmt;
TYPE Byte = [0 .. 255];
VAR a: Byte := 200; b: Byte := 100; sum: INTEGER;
BEGIN
  sum := a + b;
  a := sum DIV 2;
  IO.Put(Fmt.Int(sum) & " " & Fmt.Int(a) & " " & Fmt.Int(a - b - b) & "\n")
END SubrangeArith.
