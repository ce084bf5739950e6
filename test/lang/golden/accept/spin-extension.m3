(* A SPIN-style extension: a guard and a handler for a packet event. *)
MODULE TcpCounter;

IMPORT Net, Console;

VAR count: CARDINAL := 0;

FUNCTIONAL PROCEDURE IsTcp(READONLY p: Net.Packet): BOOLEAN =
  BEGIN
    RETURN p.protocol = Net.Protocol.Tcp
  END IsTcp;

EPHEMERAL PROCEDURE Count(READONLY p: Net.Packet) =
  BEGIN
    INC(count, p.length)
  END Count;

BEGIN
  Net.Install(Net.PacketArrived, Count, guard := IsTcp);
  Console.Print("installed\n")
END TcpCounter.
