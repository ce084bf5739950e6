(* IO.PutInt, IO.PutChar, IO.PutReal and IO.PutLongReal write to standard output. *)
MODULE IOPut EXPORTS Main;
IMPORT IO;
BEGIN
  IO.PutInt(-12); IO.PutChar(' '); IO.PutReal(0.5); IO.PutChar(' '); IO.PutLongReal(2.25D0); IO.PutChar('\n')
END IOPut.
