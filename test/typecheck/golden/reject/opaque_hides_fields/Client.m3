(* Without the friend interface BufRep, Buf.T is opaque: its fields are hidden. *)
MODULE Client EXPORTS Main;

IMPORT Buf, IO;

VAR b := Buf.New(8);

BEGIN
  IO.PutInt(NUMBER(b.data^));
END Client.
