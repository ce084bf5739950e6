MODULE OctalEscape;
CONST A = '\12'; B = "\400";
BEGIN
END OctalEscape.
