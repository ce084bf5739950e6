(* Clients see the interface's signatures: its default (10) and its parameter names. *)
MODULE Main;
IMPORT IO, Fmt, Calc;

<*FATAL Calc.Negative*>
BEGIN
  IO.Put(Fmt.Int(Calc.Scale(3)) & " " & Fmt.Int(Calc.Scale(by := 4, x := 3)) & " "
           & Fmt.Int(Calc.ScaleInside(3)) & " " & Fmt.Int(Calc.Root(n := 17)) & "\n")
END Main.
