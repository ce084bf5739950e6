(* IO.PutInt, IO.PutReal and IO.PutLongReal write numbers as Fmt.Int, Fmt.Real and Fmt.LongReal do. *)
MODULE IOPutNumbers EXPORTS Main;
IMPORT IO;
BEGIN
  IO.PutInt(0); IO.PutChar(' ');
  IO.PutInt(-42); IO.PutChar(' ');
  IO.PutInt(LAST(INTEGER)); IO.PutChar('\n');
  IO.PutReal(2.5); IO.PutChar(' ');
  IO.PutReal(-0.125); IO.PutChar('\n');
  IO.PutLongReal(0.25D0); IO.PutChar(' ');
  IO.PutLongReal(1.5D3); IO.PutChar('\n')
END IOPutNumbers.
