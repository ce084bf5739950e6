(* A privileged client imports the friend interface and may use the hidden field. *)
MODULE Inspect EXPORTS Main;

IMPORT Buf, BufRep, IO;

VAR b := Buf.New(8);

BEGIN
  b.data[0] := 'x';
  IO.PutInt(b.length() + BufRep.Length(b));
END Inspect.
