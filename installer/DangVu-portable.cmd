@echo off
rem Dang Vu, portable copy (a USB stick): the data stays in the "data" folder beside
rem this file, never on the computer. %~dp0 is the folder of this file.
start "" "%~dp0DangVu\DangVu.exe" --data "%~dp0data"
